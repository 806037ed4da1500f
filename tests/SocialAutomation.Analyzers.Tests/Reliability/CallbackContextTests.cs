using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Infrastructure;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// When a rule throws, the AD0001 a user sees names the rule and the file, line and column it was analysing,
    /// whichever registration failed: a bug report that says where to look.
    /// </summary>
    public class CallbackContextTests
    {
        private const string Source = @"class Greeter
{
    void Greet()
    {
        System.Console.WriteLine(""hello"");
    }
}
";

        [Theory]
        [InlineData(Failing.Operation, "/project/Program.cs(5,9)")]
        [InlineData(Failing.SyntaxNode, "/project/Program.cs(5,9)")]
        [InlineData(Failing.OperationBlock, "/project/Program.cs(3,10)")]
        [InlineData(Failing.Symbol, "/project/Program.cs(3,10)")]
        [InlineData(Failing.SyntaxTree, "/project/Program.cs(1,1)")]
        [InlineData(Failing.SemanticModel, "/project/Program.cs(1,1)")]
        [InlineData(Failing.AdditionalFile, "/SocialApis.txt(1,1)")]
        [InlineData(Failing.CompilationEnd, "compilation 'Reliability' (at its end)")]
        [InlineData(Failing.CompilationStart, "compilation 'Reliability' (at its start)")]
        public async Task A_throwing_callback_reports_AD0001_with_the_rule_and_where_it_failed(Failing where, string expectedPlace)
        {
            var document = ProjectFactory.Create(Source, await FrameworkAsync(),
                new[] { ("/SocialApis.txt", SourceText.From("// nothing yet\n")) });
            var compilation = (await document.Project.GetCompilationAsync())!;
            var analyzer = new ThrowingRule(where);

            // As the compiler reports it: no exception handler, AD0001 among the diagnostics.
            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, null, true, false))
                .GetAnalyzerDiagnosticsAsync();

            var ad0001 = Assert.Single(diagnostics, d => d.Id == RuleRunner.AnalyzerExceptionId);
            var message = ad0001.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains($"{ThrowingRule.Id} failed while analysing {expectedPlace}: InvalidOperationException: {ThrowingRule.Boom}", message);
        }

        [Fact]
        public async Task The_wrapped_exception_keeps_the_rule_id_and_the_original_exception()
        {
            var document = ProjectFactory.Create(Source, await FrameworkAsync());
            var compilation = (await document.Project.GetCompilationAsync())!;
            var thrown = new ConcurrentQueue<Exception>();
            var options = new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, (e, _, _) => thrown.Enqueue(e), true, false);

            await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingRule(Failing.Operation)), options).GetAnalyzerDiagnosticsAsync();

            var wrapped = Assert.IsType<AnalyzerCallbackException>(Assert.Single(thrown));
            Assert.Equal(ThrowingRule.Id, wrapped.RuleId);
            Assert.Equal("/project/Program.cs(5,9)", wrapped.Where);
            Assert.IsType<InvalidOperationException>(wrapped.InnerException);
        }

        [Fact]
        public async Task Cancellation_is_not_reported_as_an_analyzer_failure()
        {
            var document = ProjectFactory.Create(Source, await FrameworkAsync());
            var compilation = (await document.Project.GetCompilationAsync())!;
            var analyzer = new ThrowingRule(Failing.Operation, new OperationCanceledException());

            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, null, true, false))
                .GetAnalyzerDiagnosticsAsync();

            // The driver reports a stray OperationCanceledException itself; the wrapper must not turn it into a rule failure.
            Assert.DoesNotContain(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(nameof(AnalyzerCallbackException), StringComparison.Ordinal)
                || d.GetMessage(CultureInfo.InvariantCulture).Contains("failed while analysing", StringComparison.Ordinal));
        }

        [Fact]
        public void Rules_register_callbacks_only_through_the_wrapping_context()
        {
            var sources = System.IO.Path.Combine(AnalyzerIsolationTests.RepositoryRoot(), "src", "SocialAutomation.Analyzers");
            var direct = System.IO.Directory.EnumerateFiles(sources, "*.cs", System.IO.SearchOption.AllDirectories)
                .Where(p => !p.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Where(p => System.IO.Path.GetFileName(p) is not (nameof(SocialCompilationContext) + ".cs") and not (nameof(SocialAnalyzer) + ".cs"))
                .Where(p => System.Text.RegularExpressions.Regex.IsMatch(System.IO.File.ReadAllText(p), @"\bStart\s*\.\s*Register|CompilationStartAnalysisContext\b"))
                .Select(p => System.IO.Path.GetRelativePath(sources, p))
                .ToList();

            // A registration on the raw start context escapes the wrapper: its failures would be a bare AD0001 again.
            Assert.Empty(direct);
        }

        private static async Task<ImmutableArray<MetadataReference>> FrameworkAsync()
            => await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, default);

        public enum Failing
        {
            Operation,
            SyntaxNode,
            OperationBlock,
            Symbol,
            SyntaxTree,
            SemanticModel,
            AdditionalFile,
            CompilationEnd,
            CompilationStart,
        }

        /// <summary>A rule that throws from the chosen kind of callback, registered through the shared wrapper.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
#pragma warning disable RS1036 // a test double in the test project, never loaded by a compiler
        private sealed class ThrowingRule : SocialAnalyzer
#pragma warning restore RS1036
        {
            public const string Id = "SMA990";
            public const string Boom = "the rule has a bug";
#pragma warning disable RS2008 // a test-only rule, not released
            private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(Id, "Throws", "Throws", "Test", DiagnosticSeverity.Warning, true);
#pragma warning restore RS2008

            private readonly Failing _where;
            private readonly Exception _exception;

            public ThrowingRule(Failing where, Exception? exception = null)
            {
                _where = where;
                _exception = exception ?? new InvalidOperationException(Boom);
            }

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            internal override bool IsApplicable(SocialApiIndex index) => _where == Failing.CompilationStart ? throw _exception : true;

            internal override void OnCompilationStart(SocialCompilationContext context)
            {
                switch (_where)
                {
                    case Failing.Operation:
                        context.RegisterOperationAction(_ => throw _exception, OperationKind.Invocation);
                        break;
                    case Failing.SyntaxNode:
                        context.RegisterSyntaxNodeAction(_ => throw _exception, SyntaxKind.InvocationExpression);
                        break;
                    case Failing.OperationBlock:
                        context.RegisterOperationBlockAction(_ => throw _exception);
                        break;
                    case Failing.Symbol:
                        context.RegisterSymbolAction(_ => throw _exception, SymbolKind.Method);
                        break;
                    case Failing.SyntaxTree:
                        context.RegisterSyntaxTreeAction(_ => throw _exception);
                        break;
                    case Failing.SemanticModel:
                        context.RegisterSemanticModelAction(_ => throw _exception);
                        break;
                    case Failing.AdditionalFile:
                        context.RegisterAdditionalFileAction(_ => throw _exception);
                        break;
                    case Failing.CompilationEnd:
                        context.RegisterCompilationEndAction(_ => throw _exception);
                        break;
                }
            }
        }
    }
}
