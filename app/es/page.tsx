import { homeView } from "@/app/_views/home";

const view = homeView("es");

export const generateMetadata = view.generateMetadata;
export default view.Page;
