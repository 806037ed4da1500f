using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.MetaTests
{
    /// <summary>
    /// Docs checked against the descriptors: each rule's help link opens its page, the page's title is the
    /// descriptor's, and the README rule tables are generated from the descriptors (UPDATE_README=1 rewrites them).
    /// </summary>
    public class DocumentationTests
    {
        [Fact]
        public void Every_descriptor_links_to_its_doc_page_under_docs_rules()
        {
            var wrong = PackageInventory.DeclaredDescriptors
                .Concat(PackageInventory.ImplementedDescriptors())
                .Where(d => d.HelpLinkUri != Descriptors.HelpLinkBase + d.Id + ".md")
                .Select(d => $"{d.Id}: {d.HelpLinkUri}")
                .Distinct()
                .ToList();

            Assert.True(wrong.Count == 0, "Help links not of the form " + Descriptors.HelpLinkBase + "<ID>.md:\n" + string.Join("\n", wrong));
        }

        [Fact]
        public void Every_implemented_rule_has_a_doc_page_titled_like_its_descriptor()
        {
            var problems = new List<string>();
            foreach (var descriptor in PackageInventory.ImplementedDescriptors())
            {
                var page = DocPagePath(descriptor);
                if (!File.Exists(RepositoryFiles.PathOf(page)))
                {
                    problems.Add($"{descriptor.Id}: {page} does not exist (help link {descriptor.HelpLinkUri}).");
                    continue;
                }

                CheckTitle(descriptor, page, problems);
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Doc_pages_written_ahead_of_their_rule_already_carry_the_descriptor_title()
        {
            var problems = new List<string>();
            foreach (var descriptor in PackageInventory.DeclaredDescriptors)
            {
                var page = DocPagePath(descriptor);
                if (File.Exists(RepositoryFiles.PathOf(page)))
                {
                    CheckTitle(descriptor, page, problems);
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Every_doc_page_belongs_to_a_rule_id()
        {
            var directory = RepositoryFiles.PathOf("docs/rules");
            var pages = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.md") : new string[0];
            var orphans = pages
                .Select(Path.GetFileNameWithoutExtension)
                .Where(name => !PackageInventory.RuleIds.Contains(name!))
                .ToList();

            Assert.True(orphans.Count == 0, "Pages in docs/rules without a rule ID: " + string.Join(", ", orphans));
        }

        public static TheoryData<string, bool> RuleTableFiles()
        {
            var data = new TheoryData<string, bool>();
            foreach (var (file, absoluteLinks) in RuleTable.Files)
            {
                data.Add(file, absoluteLinks);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(RuleTableFiles))]
        public void Rule_table_matches_the_descriptors(string file, bool absoluteLinks)
        {
            var expected = RuleTable.Generate(absoluteLinks);
            var path = RepositoryFiles.PathOf(file);
            var text = File.ReadAllText(path);
            if (RepositoryFiles.UpdateRequested("UPDATE_README"))
            {
                text = GeneratedBlock.Replace(text, RuleTable.StartMarker, RuleTable.EndMarker, expected);
                File.WriteAllText(path, text);
            }

            var actual = GeneratedBlock.Extract(text, RuleTable.StartMarker, RuleTable.EndMarker);
            Assert.True(actual != null, $"{file} lacks the markers {RuleTable.StartMarker} and {RuleTable.EndMarker}.");
            Assert.True(
                expected == actual,
                $"The rule table in {file} is out of date. Run `UPDATE_README=1 dotnet test tests/SocialAutomation.Analyzers.Tests --filter DocumentationTests`, or paste:\n{expected}");
        }

        private static string DocPagePath(DiagnosticDescriptor descriptor) => "docs/rules/" + descriptor.Id + ".md";

        private static void CheckTitle(DiagnosticDescriptor descriptor, string page, List<string> problems)
        {
            var firstLine = File.ReadLines(RepositoryFiles.PathOf(page)).FirstOrDefault() ?? "";
            var expected = $"# {descriptor.Id}: {descriptor.Title}";
            if (firstLine.TrimEnd() != expected)
            {
                problems.Add($"{page} starts with '{firstLine}', expected '{expected}'.");
            }
        }
    }
}
