# Installs quiz: `make install PREFIX=~/.local` builds a release, puts the program in PREFIX/bin (with
# quiz_Deck.resources, the syntax model it reads, beside it) and the bundled decks in PREFIX/share/quiz/Decks.
PREFIX ?= /usr/local
CONFIGURATION ?= release
BIN := .build/$(CONFIGURATION)

.PHONY: build install uninstall

build:
	swift build -c $(CONFIGURATION)

install: build
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/quiz"
	install -m 755 "$(BIN)/quiz" "$(PREFIX)/bin/quiz"
	rm -rf "$(PREFIX)/bin/quiz_Deck.resources" "$(PREFIX)/share/quiz/Decks"
	cp -R "$(BIN)/quiz_Deck.resources" "$(PREFIX)/bin/"
	cp -R Decks "$(PREFIX)/share/quiz/Decks"

uninstall:
	rm -rf "$(PREFIX)/bin/quiz" "$(PREFIX)/bin/quiz_Deck.resources" "$(PREFIX)/share/quiz"
