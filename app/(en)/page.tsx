import { homeView } from "@/app/_views/home";

const view = homeView("en");

export const generateMetadata = view.generateMetadata;
export default view.Page;
