import { glossaryView } from "@/app/_views/glossary";

const view = glossaryView("es");

export const generateMetadata = view.generateMetadata;
export default view.Page;
