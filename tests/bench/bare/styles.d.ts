// Vite bundles the CSS the bare app imports; the type checker only needs to know such imports exist.
declare module '*.css';
