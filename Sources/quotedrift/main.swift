import QuotedriftEngine
let result = try ArticleLoader.load(paths: CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["Articles"])
for l in debugLinks(result.articles) { print(l) }
