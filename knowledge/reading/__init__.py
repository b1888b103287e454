"""Reading: free text -> requirements, exclusions and intents, with the words that produced them."""
