/** The part of Decap's date widget tests/unit/cmsDates.test.ts drives (the package ships no types). */
declare module 'decap-cms-widget-datetime/dist/esm/DateTimeControl.js' {
  export default class DateTimeControl {
    constructor(props: { field: { get(key: string): unknown }; onChange: (value: string) => void });
    getNow(): string;
    formatInputValue(value: unknown): string;
    handleChange(value: string): void;
  }
}
