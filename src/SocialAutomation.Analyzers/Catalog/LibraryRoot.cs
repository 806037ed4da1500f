using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// The outermost namespace of a symbol: how the catalog tells libraries apart ("Discord" for
    /// Discord.WebSocket.SocketGuild, "System" for the framework), empty for the global namespace.
    /// </summary>
    internal static class LibraryRoot
    {
        public static string Of(ISymbol symbol)
        {
            var ns = symbol.ContainingNamespace;
            while (ns is { ContainingNamespace.IsGlobalNamespace: false })
            {
                ns = ns.ContainingNamespace;
            }

            return ns?.Name ?? string.Empty;
        }
    }
}
