"""OKX v5 REST client, its error diagnosis and a local OKX simulator. Imports no Qt."""
