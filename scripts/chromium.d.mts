export declare const CHROMIUM_CANDIDATES: string[]
export declare const findChromium: () => string | undefined
export declare const CHROMIUM_ARGS: string[]
export declare function requireChromium(): string
