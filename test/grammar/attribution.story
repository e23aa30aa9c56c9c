The minister said the plan was sound, according to officials.
She told MPs, warned voters, claimed victory, wrote to them and posted online.
He confirmed it, denied the rest and later stated the same. According to aides, he says so.
