import { topicView } from "@/app/_views/topic";

const view = topicView("es");

export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
