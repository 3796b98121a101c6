import Resolint
print(EmbeddedResources.files.keys.sorted())
