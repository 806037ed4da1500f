using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// Whether a compilation can reach a catalogued framework type (System.Net.Mail.SmtpClient is in every .NET
    /// project): its source names the type's namespace, or a library it references depends on the type's assembly.
    /// Code can only get such a type by naming its namespace (a using directive, a global using, a qualified name or an
    /// alias all spell its last segment as a whole identifier) or from a library's API. A compilation that does
    /// neither cannot call the type, so the roles it carries do not count and rules that need only them register
    /// nothing: plain code pays one scan of its text, not a callback per operation.
    /// </summary>
    internal sealed class FrameworkReach
    {
        private const int ChunkLength = 16 * 1024;

        private readonly Compilation _compilation;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, bool> _byWord = new Dictionary<string, bool>(StringComparer.Ordinal);
        private readonly Dictionary<IAssemblySymbol, bool> _byAssembly = new Dictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private string? _frameworkDirectory;

        public FrameworkReach(Compilation compilation, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Framework types are those of the reserved System namespaces; a library's own types are always reachable.</summary>
        public static bool IsFrameworkType(INamedTypeSymbol type) => LibraryRoot.Of(type) == "System";

        /// <summary>Whether code of this compilation can use <paramref name="type"/> (not thread-safe: used while building the index).</summary>
        public bool Reaches(INamedTypeSymbol type)
        {
            if (!IsFrameworkType(type))
            {
                return true;
            }

            // Namespaces ending in the same word share one read of the text.
            var word = type.ContainingNamespace.Name;
            if (!_byWord.TryGetValue(word, out var named))
            {
                named = SourceNames(word);
                _byWord[word] = named;
            }

            if (named)
            {
                return true;
            }

            var assembly = type.ContainingAssembly;
            if (assembly == null)
            {
                return true;
            }

            if (!_byAssembly.TryGetValue(assembly, out var exposed))
            {
                exposed = LibraryDependsOn(assembly);
                _byAssembly[assembly] = exposed;
            }

            return exposed;
        }

        /// <summary>Whether any source text spells <paramref name="word"/> as a whole identifier (comments and strings included: a superset).</summary>
        private bool SourceNames(string word)
        {
            var buffer = ArrayPool<char>.Shared.Rent(ChunkLength + word.Length + 1);
            try
            {
                foreach (var tree in _compilation.SyntaxTrees)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (TextNames(tree.GetText(_cancellationToken), word, buffer))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        /// <summary>
        /// The text is read in windows that overlap by the word's length and one character either side, so every
        /// occurrence is seen whole, with its neighbours, in some window.
        /// </summary>
        internal static bool TextNames(Microsoft.CodeAnalysis.Text.SourceText text, string word, char[] buffer)
        {
            var step = buffer.Length - word.Length - 1;
            for (var start = 0; start < text.Length; start += step)
            {
                var from = Math.Max(0, start - 1);
                var length = Math.Min(buffer.Length, text.Length - from);
                text.CopyTo(from, buffer, 0, length);
                var window = new ReadOnlySpan<char>(buffer, 0, length);
                for (var offset = 0; ;)
                {
                    var hit = window.Slice(offset).IndexOf(word.AsSpan(), StringComparison.Ordinal);
                    if (hit < 0)
                    {
                        break;
                    }

                    var at = offset + hit;
                    var end = at + word.Length;
                    var wholeBefore = at == 0 ? from == 0 : !IsIdentifierPart(window[at - 1]);
                    var wholeAfter = end == window.Length ? from + end == text.Length : !IsIdentifierPart(window[end]);
                    if (wholeBefore && wholeAfter)
                    {
                        return true;
                    }

                    offset = at + 1;
                }
            }

            return false;
        }

        /// <summary>'@' may precede an identifier (<c>@Mail</c> is Mail), so only letters, digits and '_' continue one.</summary>
        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>
        /// A referenced library outside the framework's own folder that depends on the type's assembly (or on the
        /// netstandard or mscorlib facades that forward it) may hand its types to this code without it naming them.
        /// </summary>
        private bool LibraryDependsOn(IAssemblySymbol frameworkAssembly)
        {
            _frameworkDirectory ??= DirectoryOf(_compilation.GetMetadataReference(frameworkAssembly)) ?? string.Empty;
            foreach (var reference in _compilation.References)
            {
                if (_compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly
                    || SymbolEqualityComparer.Default.Equals(assembly, frameworkAssembly)
                    || (_frameworkDirectory.Length > 0 && string.Equals(DirectoryOf(reference), _frameworkDirectory, StringComparison.Ordinal)))
                {
                    continue;
                }

                foreach (var module in assembly.Modules)
                {
                    foreach (var dependency in module.ReferencedAssemblies)
                    {
                        if (dependency.Name == frameworkAssembly.Name || dependency.Name == "netstandard" || dependency.Name == "mscorlib")
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static string? DirectoryOf(MetadataReference? reference)
            => reference is PortableExecutableReference { FilePath: { Length: > 0 } path } ? System.IO.Path.GetDirectoryName(path) : null;
    }
}
