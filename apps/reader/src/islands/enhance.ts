/*
 * Enhancements of server-rendered markup, shared by the islands. Every page reads completely without them; text
 * they need comes from data-* attributes that the server wrote in the page's language.
 */

/**
 * A chart with its data table ([data-switch] holding [data-panel="chart"] and [data-panel="table"], and buttons
 * [data-show] that the stylesheet shows only where scripts run): without JavaScript both panels show; with it,
 * the buttons show one at a time. The stylesheet already hides the second panel before this runs.
 */
export function enhanceSwitches(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>("[data-switch]")) {
    if (box.dataset.enhanced) continue;
    const panels = [...box.querySelectorAll<HTMLElement>(":scope > [data-panel]")];
    const buttons = [...box.querySelectorAll<HTMLButtonElement>("button[data-show]")];
    const show = (name: string) => {
      for (const panel of panels) panel.hidden = panel.dataset.panel !== name;
      for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.show === name));
    };
    for (const button of buttons) button.addEventListener("click", () => show(button.dataset.show ?? ""));
    show(panels[0]?.dataset.panel ?? "");
    box.dataset.enhanced = "1";
  }
}

/** Says something to screen-reader users through the page's polite live region. */
export function announce(text: string): void {
  const region = document.getElementById("announce");
  if (!region) return;
  region.textContent = "";
  // A fresh text node after a tick makes screen readers speak a repeated message again.
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Section links ([data-copy]) also copy the section's address, which is what a reader sharing it wants. */
export function enhanceCopyLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-copy]")) {
    link.addEventListener("click", () => {
      const copied = link.dataset.copy ?? "";
      navigator.clipboard?.writeText(link.href).then(
        () => announce(copied),
        () => {},
      );
    });
  }
}

/** The print button ([data-print], shown by the stylesheet only where scripts run). */
export function enhancePrint(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
}
