using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SocialAutomation.Analyzers.Tests.Infrastructure
{
    /// <summary>A class-library compilation of test sources against .NET 8 and the given libraries, for tests that ask the model directly.</summary>
    public static class TestCompilation
    {
        public static async Task<CSharpCompilation> CreateAsync(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference> libraries,
            NullableContextOptions nullable = NullableContextOptions.Disable)
        {
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            return CSharpCompilation.Create(assemblyName, sources.Select(source => CSharpSyntaxTree.ParseText(source)), references.AddRange(libraries),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        }
    }
}
