import "../lib/no-eval";
import { createRoot } from "react-dom/client";
import "@gongkai/reader/styles.css";
import "./preview.css";
import { Preview } from "./preview";

// The preview page carries only the reader's stylesheet (and a banner), so a report looks exactly as published.
const root = document.getElementById("root");
if (root) createRoot(root).render(<Preview params={new URLSearchParams(location.search)} />);
