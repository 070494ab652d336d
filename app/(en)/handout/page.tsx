import { handoutView } from "@/app/_views/handout";

const view = handoutView("en");

export const generateMetadata = view.generateMetadata;
export default view.Page;
