using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    public class EmailCatalogTests
    {
        private static Task<CSharpCompilation> CompileAsync(string source)
            => TestCompilation.CreateAsync("Mail", new[] { source }, new[] { Libraries.SendGrid, Libraries.MimeKit, Libraries.MailKit });

        [Fact]
        public void Parser_reads_address_header_and_receiver_options()
        {
            var entries = new List<CatalogEntry>();
            var problems = new List<CatalogProblem>();
            CatalogParser.Parse(new CatalogSource("SocialApis.txt", SourceText.From(
                "email-sender M:My.Mail.Build address=from\n" +
                "email-header M:My.Headers.Put receiver=email-header header=name\n" +
                "email-header M:My.Headers.Put receiver=shouting\n"), isUserCatalog: true), entries, problems, CancellationToken.None);

            Assert.Equal(2, entries.Count);
            Assert.Equal("from", entries[0].AddressParameter);
            Assert.Equal(SocialRole.EmailHeader, entries[1].ReceiverRole);
            Assert.Equal("name", entries[1].HeaderParameter);
            Assert.True(entries[1].IsConditional);
            Assert.Equal(CatalogProblemKind.UnknownRole, Assert.Single(problems).Kind);
        }

        [Fact]
        public async Task Every_email_entry_resolves_and_names_existing_parameters()
        {
            var compilation = await CompileAsync("class C { }");
            var failures = new List<string>();
            foreach (var entry in BuiltInCatalog.Entries.Where(e => e.Source.Path == "email.txt"))
            {
                var symbols = Resolve(compilation, entry.SymbolId);
                if (symbols.Count == 0)
                {
                    failures.Add($"line {entry.Line + 1}: {entry.SymbolId} resolves to nothing");
                    continue;
                }

                foreach (var parameter in new[] { entry.AddressParameter, entry.HeaderParameter, entry.RecipientParameter, entry.ContentParameter, entry.ConditionParameter })
                {
                    if (parameter != null && !symbols.Any(s => ParametersOf(s).Any(p => p.Name == parameter)))
                    {
                        failures.Add($"line {entry.Line + 1}: {entry.SymbolId} has no parameter '{parameter}'");
                    }
                }
            }

            Assert.Empty(failures);
        }

        [Fact]
        public async Task Collection_methods_have_a_role_only_on_a_message_property()
        {
            var compilation = await CompileAsync(@"
using System.Collections.ObjectModel;
using System.Net.Mail;
class C
{
    void M(MailMessage message, Collection<MailAddress> archive, MimeKit.MimeMessage mime)
    {
        message.To.Add(new MailAddress(""a@b.c""));
        archive.Add(new MailAddress(""a@b.c""));
        message.ReplyToList.Add(new MailAddress(""a@b.c""));
        mime.From.Add(new MimeKit.MailboxAddress(""A"", ""a@b.c""));
        mime.Headers.Add(MimeKit.HeaderId.ListUnsubscribe, ""<mailto:a@b.c>"");
    }
}");
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var index = SocialApiIndexBuilder.Build(compilation, System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty, CancellationToken.None);
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var roles = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
                .Select(node => model.GetOperation(node))
                .OfType<IInvocationOperation>()
                .Where(invocation => invocation.TargetMethod.Name == "Add")
                .Select(invocation => index.RolesOf(invocation) & (SocialRole.EmailRecipients | SocialRole.EmailReplyTo | SocialRole.EmailSender | SocialRole.EmailHeader))
                .ToArray();

            Assert.Equal(new[] { SocialRole.EmailRecipients, SocialRole.None, SocialRole.EmailReplyTo, SocialRole.EmailSender, SocialRole.EmailHeader }, roles);
        }

        private static List<ISymbol> Resolve(Compilation compilation, string id)
        {
            if (id[0] != 'M' || id.IndexOf('(') >= 0)
            {
                return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).ToList();
            }

            // A method id without parameters names every overload, as in the index.
            var dot = id.LastIndexOf('.');
            var name = id.Substring(dot + 1).Replace("#ctor", ".ctor");
            return DocumentationCommentId.GetSymbolsForDeclarationId("T:" + id.Substring(2, dot - 2), compilation)
                .OfType<INamedTypeSymbol>()
                .SelectMany(type => type.GetMembers(name))
                .ToList();
        }

        private static IEnumerable<IParameterSymbol> ParametersOf(ISymbol symbol) => symbol switch
        {
            IMethodSymbol method => method.Parameters,
            IPropertySymbol property => property.Parameters,
            _ => Enumerable.Empty<IParameterSymbol>(),
        };
    }
}
