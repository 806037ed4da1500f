using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.MetaTests
{
    /// <summary>
    /// Checks over every analyzer and code fix found by reflection: silent on code that does nothing social, fixes
    /// exported and tied to real rule IDs, every ID in release tracking.
    /// </summary>
    public class AnalyzerMetaTests
    {
        /// <summary>
        /// Ordinary code whose names sound social (Send, Follow, subscribers, a loop, a timer, an event) but that
        /// calls no social API: a rule matching names as text would fire here.
        /// </summary>
        private const string PlainSource = @"
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Plain
{
    public sealed class Subscriber
    {
        public string Email { get; set; } = """";
        public event EventHandler? Followed;
        public void RaiseFollowed() => Followed?.Invoke(this, EventArgs.Empty);
    }

    public sealed class Outbox
    {
        private readonly List<string> _sent = new List<string>();
        public void Send(string to, string text) => _sent.Add(to + "": "" + text + "" https://example.com"");
        public void Follow(string account) => _sent.Add(""follow "" + account);
        public int Count => _sent.Count;
    }

    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var outbox = new Outbox();
            var subscribers = new List<Subscriber> { new Subscriber { Email = ""a@example.com"" } };
            foreach (var subscriber in subscribers)
            {
                subscriber.Followed += (s, e) => outbox.Send(subscriber.Email, ""Welcome! https://example.com/promo"");
                subscriber.RaiseFollowed();
                outbox.Follow(subscriber.Email);
            }

            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            var text = new StringBuilder();
            for (var i = 0; i < 3 && await timer.WaitForNextTickAsync(); i++)
            {
                text.Append(i);
                await Task.Delay(1);
            }

            Console.WriteLine(text.ToString() + outbox.Count);
            return args.Length;
        }
    }
}
";

        [Fact]
        public async Task Every_analyzer_is_silent_on_empty_source()
        {
            await AssertEveryAnalyzerSilent("");
        }

        [Fact]
        public async Task Every_analyzer_is_silent_on_plain_source_that_calls_no_social_api()
        {
            await AssertEveryAnalyzerSilent(PlainSource);
        }

        [Fact]
        public void Every_analyzer_reports_only_ids_from_RuleIdentifiers()
        {
            var unknown = PackageInventory.AnalyzerTypes
                .SelectMany(t => PackageInventory.CreateAnalyzer(t).SupportedDiagnostics.Select(d => (t.Name, d.Id)))
                .Where(x => !PackageInventory.RuleIds.Contains(x.Id))
                .Select(x => $"{x.Name} reports {x.Id}")
                .ToList();

            Assert.True(unknown.Count == 0, string.Join("\n", unknown));
        }

        [Fact]
        public void Every_code_fix_provider_is_exported_for_CSharp_and_shared()
        {
            var notExported = PackageInventory.CodeFixProviderTypes
                .Where(t => !PackageInventory.IsExportedForCSharp(t))
                .Select(t => t.FullName)
                .ToList();

            Assert.True(notExported.Count == 0, "Missing [ExportCodeFixProvider(LanguageNames.CSharp), Shared]: " + string.Join(", ", notExported));
        }

        [Fact]
        public void Every_code_fix_provider_fixes_only_ids_that_some_analyzer_reports()
        {
            var reported = PackageInventory.ImplementedDescriptors().Select(d => d.Id).ToImmutableHashSet();
            var problems = new List<string>();
            foreach (var type in PackageInventory.CodeFixProviderTypes)
            {
                var ids = PackageInventory.CreateCodeFixProvider(type).FixableDiagnosticIds;
                if (ids.IsEmpty)
                {
                    problems.Add($"{type.Name} fixes no diagnostic ID.");
                }

                foreach (var id in ids)
                {
                    if (!PackageInventory.RuleIds.Contains(id))
                    {
                        problems.Add($"{type.Name} fixes {id}, which is not in RuleIdentifiers.");
                    }
                    else if (!reported.Contains(id))
                    {
                        problems.Add($"{type.Name} fixes {id}, which no analyzer reports.");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Release_tracking_lists_every_descriptor_id()
        {
            var tracked = TrackedIds("src/SocialAutomation.Analyzers/AnalyzerReleases.Shipped.md")
                .Concat(TrackedIds("src/SocialAutomation.Analyzers/AnalyzerReleases.Unshipped.md"))
                .ToImmutableHashSet(StringComparer.Ordinal);
            var missing = PackageInventory.DeclaredDescriptors
                .Concat(PackageInventory.ImplementedDescriptors())
                .Select(d => d.Id)
                .Distinct()
                .Where(id => !tracked.Contains(id))
                .ToList();

            Assert.True(missing.Count == 0, "Not in AnalyzerReleases.*.md: " + string.Join(", ", missing));
        }

        [Fact]
        public void Every_rule_id_has_a_descriptor()
        {
            var described = PackageInventory.DeclaredDescriptors.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
            var missing = PackageInventory.RuleIds.Where(id => !described.Contains(id)).ToList();

            Assert.True(missing.Count == 0, "IDs without a descriptor in Descriptors: " + string.Join(", ", missing));
        }

        /// <summary>The IDs in the first column of the release-tracking tables.</summary>
        private static IEnumerable<string> TrackedIds(string file)
            => File.ReadLines(RepositoryFiles.PathOf(file))
                .Select(line => line.Split('|')[0].Trim())
                .Where(cell => cell.StartsWith("SMA", StringComparison.Ordinal));

        private static async Task AssertEveryAnalyzerSilent(string source)
        {
            var compilation = CSharpCompilation.Create(
                "Plain",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/Plain.cs") },
                References.Value,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(compileErrors.Count == 0 || source.Length == 0, "The plain source does not compile:\n" + string.Join("\n", compileErrors));

            var problems = new List<string>();
            foreach (var type in PackageInventory.AnalyzerTypes)
            {
                var exceptions = new List<string>();
                var options = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                    onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Add(exception.ToString()),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false);
                var diagnostics = await compilation
                    .WithAnalyzers(ImmutableArray.Create(PackageInventory.CreateAnalyzer(type)), options)
                    .GetAnalyzerDiagnosticsAsync();
                problems.AddRange(diagnostics.Select(d => $"{type.Name}: {d}"));
                problems.AddRange(exceptions.Select(e => $"{type.Name} threw: {e}"));
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>The BCL, every real social library the tests know and the stubs: each rule finds its roles and runs.</summary>
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(() =>
        {
            var bcl = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
            var libraries = new[]
            {
                Libraries.TelegramBot, Libraries.SendGrid, Libraries.MimeKit, Libraries.MailKit, Libraries.Twilio,
                Libraries.HangfireCore, Libraries.Quartz, Libraries.Coravel, Libraries.HostingAbstractions,
            };
            // Two versions of one library (DSharpPlus 4 and 5) share an assembly name; one of each name can be referenced.
            var stubs = Libraries.StubNames()
                .GroupBy(name => Libraries.StubSource(name).Split('\n')[0].Trim(), StringComparer.Ordinal)
                .Select(sameAssembly => Libraries.Stub(sameAssembly.First()));
            return bcl.Concat(libraries).Concat(stubs).ToImmutableArray();
        });
    }
}
