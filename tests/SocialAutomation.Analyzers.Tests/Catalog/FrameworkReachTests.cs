using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifySma006 = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.NoReplySenderAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    /// <summary>
    /// Framework entries (System.Net.Mail is in every project) count only when the code can reach their types: by naming
    /// their namespace, or through a referenced library that depends on their assembly.
    /// </summary>
    public class FrameworkReachTests
    {
        private static async Task<Compilation> CompileAsync(params string[] sources)
            => await TestCompilation.CreateAsync("Plain", sources, Enumerable.Empty<MetadataReference>());

        private static SocialApiIndex Index(Compilation compilation)
            => SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, CancellationToken.None);

        [Fact]
        public async Task Code_that_never_names_the_mail_namespace_has_no_mail_roles()
        {
            var index = Index(await CompileAsync("class Mailer { void Send(string mailbox) { System.Console.WriteLine(\"Mailbox: \" + mailbox); } }"));
            Assert.False(index.HasAny(SocialRole.EmailSend | SocialRole.EmailSender));
        }

        [Theory]
        [InlineData("using System.Net.Mail;\nclass A { }")]
        [InlineData("class A { System.Net.Mail.SmtpClient C; }")]
        [InlineData("class A { System . Net . Mail . SmtpClient C; }")]
        [InlineData("using M = System.Net.@Mail;\nclass A { }")]
        public async Task Naming_the_namespace_in_any_form_gives_the_mail_roles(string source)
        {
            var index = Index(await CompileAsync("class Other { }", source));
            Assert.True(index.HasAll(SocialRole.EmailSend | SocialRole.EmailSender));
        }

        [Fact]
        public async Task A_library_that_hands_out_framework_mail_types_gives_the_mail_roles()
        {
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var library = CSharpCompilation.Create("Mailing", new[] { CSharpSyntaxTree.ParseText(
                "public static class Factory { public static System.Net.Mail.SmtpClient Create() => new System.Net.Mail.SmtpClient(); }") },
                references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();
            var consumer = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText(
                "class A { void Go() { var client = Factory.Create(); client.Send(\"noreply@shop.example\", \"a@b.c\", \"s\", \"b\"); } }") },
                references.Add(library), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

            Assert.True(Index(consumer).HasAll(SocialRole.EmailSend | SocialRole.EmailSender));
        }

        [Fact]
        public Task A_no_reply_sender_from_a_library_client_is_still_found()
        {
            var test = VerifySma006.Test(@"
class Shop
{
    void Confirm(string customer)
    {
        var client = Factory.Create();
        client.Send({|SMA006:""noreply@shop.example""|}, customer, ""Your order"", ""Thanks"");
    }
}");
            test.TestState.AdditionalProjects["Mailing"].Sources.Add("public static class Factory { public static System.Net.Mail.SmtpClient Create() => new System.Net.Mail.SmtpClient(); }");
            test.TestState.AdditionalProjectReferences.Add("Mailing");
            return test.RunAsync();
        }

        [Theory]
        [InlineData("using System.Net.Mail;", true)]
        [InlineData("// Mail", true)]
        [InlineData("@Mail", true)]
        [InlineData("Mail", true)]
        [InlineData("MailKit Mailer eMail _Mail Mail2", false)]
        [InlineData("", false)]
        public void Whole_identifiers_only(string text, bool names)
            => Assert.Equal(names, FrameworkReach.TextNames(SourceText.From(text), "Mail", new char[64]));

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(55)]
        [InlineData(58)]
        [InlineData(59)]
        [InlineData(60)]
        [InlineData(61)]
        [InlineData(119)]
        public void A_word_across_a_window_border_is_seen_whole(int position)
        {
            var text = new string('x', position) + " Mail " + new string('y', 70);
            Assert.True(FrameworkReach.TextNames(SourceText.From(text), "Mail", new char[64]));
            var glued = new string('x', position) + "Mailx" + new string('y', 70);
            Assert.False(FrameworkReach.TextNames(SourceText.From(glued), "Mail", new char[64]));
        }
    }
}
