“We will rebuild the bridge,” the mayor said.
"We will not wait," she added.
‘Nobody expected this,’ he told reporters.
'It was chaos,' a witness said.
« Nous resterons », a dit le maire, et ‹ oui › aussi.
“The council told us ‘no’ twice,” she said.
‘He called it “a disgrace”,’ said Ms Hale.
“This is a long quotation that runs on
across a line break and closes here,” Mr Ode said.
