"""Faker-made news articles with known truth: who said which quote."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from faker import Faker

ROLES = ["finance minister", "union leader", "mayor", "health secretary", "party spokesman", "police chief"]
TEMPLATES = [
    "“{q},” {name} said.",
    "“{q},” said {name}.",
    "{name} told reporters: “{q}”",
    "“{q},” {name}, the {role}, said on {day}.",
    "“{q},” {surname} said.",
    "{Pronoun} added, “{q}”",
]


@dataclass
class FakeArticle:
    text: str
    truth: dict[str, str] = field(default_factory=dict)  # quote → speaker


def fake_article(seed: int) -> FakeArticle:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    people = []
    for _ in range(3):
        female = rng.random() < 0.5
        first = fake.first_name_female() if female else fake.first_name_male()
        people.append((f"{first} {fake.last_name()}", "She" if female else "He", rng.choice(ROLES)))
    paragraphs = [fake.sentence(nb_words=6).rstrip(".").title()]
    intro = ", ".join(f"{n}, the {r}" for n, _, r in people[:-1]) + f" and {people[-1][0]}, the {people[-1][2]}"
    paragraphs.append(f"{intro} met in {fake.city()} on {fake.day_of_week()}.")
    truth: dict[str, str] = {}
    last_speaker = None
    for _ in range(5):
        name, pronoun, role = rng.choice(people)
        template = rng.choice(TEMPLATES)
        if template.startswith("{Pronoun}"):
            if last_speaker is None:
                continue
            name, pronoun, role = last_speaker
        quote = fake.sentence(nb_words=rng.randint(8, 14)).rstrip(".")
        ends = "." if template.endswith("“{q}”") else ""
        paragraphs.append(
            template.format(q=quote + ends, name=name, surname=name.split()[-1], role=role, day=fake.day_of_week(), Pronoun=pronoun)
        )
        truth[quote + ends] = name
        last_speaker = (name, pronoun, role)
    return FakeArticle("\n\n".join(paragraphs) + "\n", truth)
