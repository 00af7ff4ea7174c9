"""View objects: plain, immutable data the services hand to the GUI, the CLI and the printed
sheets. Below services and reports (both import them); they import only domain and each
other."""
