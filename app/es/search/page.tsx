import { searchView } from "@/app/_views/search";

const view = searchView("es");

export const generateMetadata = view.generateMetadata;
export default view.Page;
