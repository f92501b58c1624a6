// What `vscode` and the LSP packages resolve to inside the core (see tsconfig.json): not a module, so importing one there fails to compile.
