/** Text files bundled as strings by esbuild's text loader (the compiled WordNet table). */
declare module '*.txt' {
  const text: string;
  export default text;
}
