// Electron entry: filled in by the platform layer.
export {};
