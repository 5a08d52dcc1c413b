/** Small CSV files bundled as text (resources/reference/lists). */
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
