// Imported by empty.mjs: a module with no code, to time the module loader alone.
export {};
