import { searchView } from "@/app/_views/search";

const view = searchView("en");

export const generateMetadata = view.generateMetadata;
export default view.Page;
