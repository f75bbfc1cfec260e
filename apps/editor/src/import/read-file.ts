/** Reads a file as base64 for the import call, reporting progress as a fraction. */
export function readFileAsBase64(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onload = () => {
      const url = String(reader.result ?? "");
      // A data URL: "data:<type>;base64,<payload>".
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/** The import pipeline reads these (txt in UTF-8 or GB18030, Word's docx, and PDF with a text layer). */
export const ACCEPTED_FILES =
  ".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
