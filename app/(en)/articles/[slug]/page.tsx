import { articleView } from "@/app/_views/article";

const view = articleView("en");

export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
