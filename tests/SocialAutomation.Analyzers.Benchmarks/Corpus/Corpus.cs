using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SocialAutomation.Analyzers.Benchmarks.Corpus
{
    /// <summary>Generated source files and what they compile against.</summary>
    internal sealed class SourceCorpus
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        // One thread for the compiler, as for the analyzers: the ratio compares the same kind of work on a shared machine.
        private static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

        public SourceCorpus(string name, IReadOnlyList<(string Path, string Text)> files, ImmutableArray<MetadataReference> references)
        {
            Name = name;
            Files = files;
            References = references;
            Lines = files.Sum(f => CountLines(f.Text));
        }

        public string Name { get; }

        public IReadOnlyList<(string Path, string Text)> Files { get; }

        public ImmutableArray<MetadataReference> References { get; }

        public int Lines { get; }

        /// <summary>A fresh compilation: every call parses the sources again, so nothing is shared between runs.</summary>
        public CSharpCompilation Parse()
        {
            var trees = new SyntaxTree[Files.Count];
            for (var i = 0; i < trees.Length; i++)
            {
                trees[i] = CSharpSyntaxTree.ParseText(Files[i].Text, ParseOptions, Files[i].Path, cancellationToken: CancellationToken.None);
            }

            return CSharpCompilation.Create(Name, trees, References, CompilationOptions);
        }

        private static int CountLines(string text)
        {
            var lines = 0;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }

            return lines;
        }
    }
}
