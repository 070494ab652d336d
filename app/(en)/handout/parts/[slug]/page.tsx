import { partsView } from "@/app/_views/handout";

const view = partsView("en");

export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
