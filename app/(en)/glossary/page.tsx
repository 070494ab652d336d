import { glossaryView } from "@/app/_views/glossary";

const view = glossaryView("en");

export const generateMetadata = view.generateMetadata;
export default view.Page;
