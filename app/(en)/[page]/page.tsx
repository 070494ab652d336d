import { sitePageView } from "@/app/_views/site-page";

const view = sitePageView("en");

export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
