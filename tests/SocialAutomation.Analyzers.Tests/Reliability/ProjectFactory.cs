using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// A one-project workspace holding one source file, with optional AdditionalFiles and .editorconfig, so the same
    /// document is analysed and then handed to the code fixes.
    /// </summary>
    internal static class ProjectFactory
    {
        public const string SourcePath = "/project/Program.cs";

        public static Document Create(
            string source,
            ImmutableArray<MetadataReference> references,
            IEnumerable<(string Path, SourceText Text)>? additionalFiles = null,
            string? editorConfig = null)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Reliability",
                "Reliability",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: references));

            foreach (var (path, text) in additionalFiles ?? System.Array.Empty<(string, SourceText)>())
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), text, filePath: path);
            }

            if (editorConfig != null)
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: "/.editorconfig");
            }

            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Program.cs", SourceText.From(source), filePath: SourcePath);
            return solution.GetDocument(documentId)!;
        }

        /// <summary>The same project with another text in the document; the workspace reuses the bound references.</summary>
        public static Document WithText(Document document, string source)
            => document.Project.Solution.WithDocumentText(document.Id, SourceText.From(source)).GetDocument(document.Id)!;
    }
}
