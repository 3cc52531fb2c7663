import NewsCore
print("bench: not yet")
