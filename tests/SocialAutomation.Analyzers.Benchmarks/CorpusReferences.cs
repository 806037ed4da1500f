using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SocialAutomation.Analyzers.Benchmarks
{
    /// <summary>
    /// What the corpora compile against. The framework reference pack and the social packages' compile assets are the
    /// ones this project itself compiled against (listed at build time in corpus-references.txt); the libraries the feed
    /// lacks are the unit tests' stubs, compiled here into in-memory assemblies with their real assembly names.
    /// </summary>
    internal sealed class CorpusReferences
    {
        /// <summary>The packages the bot corpus uses, and the packages they need to compile against.</summary>
        private static readonly HashSet<string> SocialPackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Telegram.Bot", "SendGrid", "MailKit", "MimeKit", "Twilio", "Hangfire.Core", "Quartz", "Coravel",
            "BouncyCastle.Cryptography", "Newtonsoft.Json",
            "Microsoft.Extensions.Hosting.Abstractions", "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Configuration.Abstractions",
            "Microsoft.Extensions.FileProviders.Abstractions", "Microsoft.Extensions.Diagnostics.Abstractions",
            "Microsoft.Extensions.Options", "Microsoft.Extensions.Primitives",
        };

        private CorpusReferences(ImmutableArray<MetadataReference> framework, ImmutableArray<MetadataReference> social, IReadOnlyList<string> stubNames)
        {
            Framework = framework;
            Social = social;
            StubNames = stubNames;
        }

        /// <summary>The .NET reference pack: all the plain corpus sees.</summary>
        public ImmutableArray<MetadataReference> Framework { get; }

        /// <summary>The framework, the social packages and the stub libraries: what the bot corpus sees.</summary>
        public ImmutableArray<MetadataReference> Social { get; }

        public IReadOnlyList<string> StubNames { get; }

        public static CorpusReferences Load()
        {
            var listing = Path.Combine(AppContext.BaseDirectory, "corpus-references.txt");
            var framework = new List<MetadataReference>();
            var packages = new List<MetadataReference>();
            foreach (var line in File.ReadAllLines(listing))
            {
                var separator = line.IndexOf('|', StringComparison.Ordinal);
                if (separator < 0)
                {
                    continue;
                }

                var package = line.Substring(0, separator);
                var path = line.Substring(separator + 1);
                if (package == "Microsoft.NETCore.App.Ref")
                {
                    framework.Add(MetadataReference.CreateFromFile(path));
                }
                else if (SocialPackages.Contains(package))
                {
                    packages.Add(MetadataReference.CreateFromFile(path));
                }
            }

            if (framework.Count == 0)
            {
                throw new InvalidOperationException($"{listing} lists no framework reference assembly; rebuild the benchmark project.");
            }

            var stubNames = StubResources().ToList();
            var stubs = stubNames.Select(name => CompileStub(name, framework)).ToList();
            return new CorpusReferences(framework.ToImmutableArray(), framework.Concat(packages).Concat(stubs).ToImmutableArray(), stubNames);
        }

        private static IEnumerable<string> StubResources()
            => typeof(CorpusReferences).Assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("Stubs.", StringComparison.Ordinal))
                .Select(n => n.Substring("Stubs.".Length, n.Length - "Stubs.".Length - ".cs".Length))
                .OrderBy(n => n, StringComparer.Ordinal);

        private static MetadataReference CompileStub(string name, IEnumerable<MetadataReference> framework)
        {
            using var stream = typeof(CorpusReferences).Assembly.GetManifestResourceStream("Stubs." + name + ".cs")!;
            using var reader = new StreamReader(stream);
            var source = reader.ReadToEnd();
            const string marker = "// assembly:";
            var firstLine = source.Substring(0, Math.Max(0, source.IndexOf('\n', StringComparison.Ordinal)));
            var assemblyName = firstLine.StartsWith(marker, StringComparison.Ordinal) ? firstLine.Substring(marker.Length).Trim() : name;
            var compilation = CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: CancellationToken.None) },
                framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5));
                throw new InvalidOperationException($"Stub '{name}' does not compile:{Environment.NewLine}{errors}");
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
