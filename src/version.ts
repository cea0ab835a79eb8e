// Kept equal to package.json's version by a test; a constant keeps the bundle free of package.json.
export const TOOL_VERSION = '0.1.0';
