/*
 * Enhancements of server-rendered markup, shared by the islands. Every page reads completely without them; text
 * they need comes from data-* attributes that the server wrote in the page's language.
 */

/**
 * A chart with its data table ([data-switch] holding [data-panel="chart"] and [data-panel="table"]): without
 * JavaScript both show; with it, two toggle buttons show one at a time.
 */
export function enhanceSwitches(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>("[data-switch]")) {
    if (box.dataset.enhanced) continue;
    box.dataset.enhanced = "1";
    const panels = [...box.querySelectorAll<HTMLElement>(":scope > [data-panel]")];
    if (panels.length < 2) continue;
    const group = document.createElement("div");
    group.className = "switch-buttons no-print";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", box.dataset.label ?? "");
    const buttons = panels.map((panel) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = panel.dataset.title ?? panel.dataset.panel ?? "";
      button.addEventListener("click", () => show(panel));
      group.append(button);
      return button;
    });
    const show = (visible: HTMLElement) => {
      panels.forEach((panel, i) => {
        panel.hidden = panel !== visible;
        buttons[i]?.setAttribute("aria-pressed", String(panel === visible));
      });
    };
    box.prepend(group);
    const initial = panels.find((p) => p.dataset.panel === box.dataset.initial) ?? panels[0];
    if (initial) show(initial);
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

/** Controls that only work with JavaScript ([data-needs-js], rendered hidden) are shown and wired up. */
export function enhancePrint(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
}
