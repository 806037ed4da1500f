namespace SocialAutomation.Analyzers.Catalog
{
    internal enum CatalogProblemKind
    {
        MalformedLine,
        UnknownRole,
        UnknownOption,
        UnresolvedSymbol,
        TooLarge,
    }

    /// <summary>A bad line of a user catalog, reported at its file and line instead of being ignored.</summary>
    internal readonly struct CatalogProblem
    {
        public CatalogProblem(CatalogProblemKind kind, CatalogSource source, int line, string detail)
        {
            Kind = kind;
            Source = source;
            Line = line;
            Detail = detail;
        }

        public CatalogProblemKind Kind { get; }

        public CatalogSource Source { get; }

        public int Line { get; }

        public string Detail { get; }
    }
}
