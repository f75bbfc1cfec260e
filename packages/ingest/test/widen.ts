/** The text as a report typed with full-width Chinese punctuation would have it: ,;:()!? beside Chinese words. */
export function widenPunctuation(text: string): string {
  return text.replace(/[,;:()!?]/g, (c, at: number) => {
    const near = `${text.charAt(at - 1)}${text.charAt(at + 1)}`;
    return /[\u4e00-\u9fff“”、。]/.test(near) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c;
  });
}
