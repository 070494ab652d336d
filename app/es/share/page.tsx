import { shareView } from "@/app/_views/share";

const view = shareView("es");

export const generateMetadata = view.generateMetadata;
export default view.Page;
