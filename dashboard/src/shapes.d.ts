/** The SVG maps are bundled as text by esbuild (loader: text). */
declare module '*.svg' {
  const markup: string;
  export default markup;
}
