export declare const securityHeaders: { key: string; value: string }[];
export declare function contentSecurityPolicy(scriptHashes: readonly string[]): string;
export declare const cspManifestFile: string;
/** Route path → the hashes of that page's inline scripts. */
export type CspManifest = Record<string, string[]>;
