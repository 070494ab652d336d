import { termView } from "@/app/_views/glossary";

const view = termView("en");

export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
