/**
 * jsPDF loads html2canvas, DOMPurify and canvg on demand, for its html() method and for SVG
 * images. Comptoir's PDFs use neither, so the build points those imports here instead of shipping
 * about 105 KiB (gzip) of code that is never loaded.
 */
function notBundled(): never {
  throw new Error('This jsPDF feature (HTML or SVG rendering) is not part of the Comptoir build.');
}

export default notBundled;
export const Canvg = { fromString: notBundled };
