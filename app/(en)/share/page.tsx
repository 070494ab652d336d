import { shareView } from "@/app/_views/share";

const view = shareView("en");

export const generateMetadata = view.generateMetadata;
export default view.Page;
